import { serverLive } from '../generated/server-key.js';

export default defineEventHandler(async (event) =>
  $fetch('https://api.caibo.invalid/v1/charges', { method: 'POST', headers: { 'X-Api-Key': serverLive }, body: await readRawBody(event) }),
);
