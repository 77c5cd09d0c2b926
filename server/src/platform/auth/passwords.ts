import { randomInt } from 'node:crypto';
import { type Algorithm, hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's minimum memory cost (19 MiB, 2 passes)
const OPTIONS = { algorithm: 2 as Algorithm, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash to compare against when the account does not exist, so timing does not reveal usernames. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('renda-no-such-account-0');
  return dummyHash;
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** A one-time initial password: 14 characters, at least one letter and one digit. */
export function generateInitialPassword(): string {
  for (;;) {
    let s = '';
    for (let i = 0; i < 14; i++) s += ALPHABET[randomInt(ALPHABET.length)];
    if (/\d/.test(s) && /[A-Za-z]/.test(s)) return s;
  }
}
