import { serverLive } from './generated/server-key.js';

export function charge(amount) {
  return fetch('https://api.caibo.invalid/v1/charges', { method: 'POST', headers: { 'X-Api-Key': serverLive }, body: String(amount) });
}
