'use client';
import { clientLive, clientTest } from '../lib/client-key.js';

export default function Pay() {
  return <button onClick={() => console.log(process.env.NEXT_PUBLIC_CAIBO_KEY, clientLive, clientTest)}>Pay</button>;
}
