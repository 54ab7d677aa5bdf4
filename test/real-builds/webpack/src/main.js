import { clientLive, clientTest } from './generated/client-key.js';

document.getElementById('pay').addEventListener('click', () => {
  console.log(process.env.CAIBO_KEY, clientLive, clientTest);
});
