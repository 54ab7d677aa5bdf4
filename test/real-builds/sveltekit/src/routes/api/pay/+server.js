import { serverLive } from '../../../lib/server/server-key.js';

export async function POST({ request }) {
  return fetch('https://api.caibo.invalid/v1/charges', { method: 'POST', headers: { 'X-Api-Key': serverLive }, body: await request.text() });
}
