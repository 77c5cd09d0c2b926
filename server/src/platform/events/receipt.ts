import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: a receipt is read aloud and typed on a phone.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A random receipt code (e.g. K7QP-3MXD) that lets a deputy find their own ballot in the published list. */
export function newReceipt(): string {
  let s = '';
  for (let i = 0; i < 8; i++) {
    if (i === 4) s += '-';
    s += ALPHABET[randomInt(ALPHABET.length)];
  }
  return s;
}
