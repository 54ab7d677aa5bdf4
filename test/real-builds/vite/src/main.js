import { clientLive, clientTest } from './generated/client-key.js';

document.getElementById('pay').addEventListener('click', () => {
  console.log(import.meta.env.VITE_CAIBO_KEY, clientLive, clientTest);
});
