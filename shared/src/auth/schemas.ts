import { z } from 'zod';
import { uuid } from '../common/schemas';
import { PERMISSIONS, roleSchema } from './roles';

export const loginSchema = z
  .object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(256) })
  .strict();

/** At least 10 characters with a letter and a digit. */
export const newPasswordSchema = z
  .string()
  .min(10)
  .max(256)
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), { message: 'needs letters and digits' });

export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) })
  .strict();

const actionNames = Object.keys(PERMISSIONS) as [keyof typeof PERMISSIONS, ...(keyof typeof PERMISSIONS)[]];

export const meSchema = z.object({
  accountId: uuid,
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  jurisdictionId: uuid,
  jurisdictionName: z.string(),
  deputyId: uuid.nullable(),
  unitId: uuid.nullable(),
  mustChangePassword: z.boolean(),
  abilities: z.array(z.enum(actionNames)),
});
export type Me = z.infer<typeof meSchema>;

export const csrfSchema = z.object({ token: z.string() });

export const accountInputSchema = z
  .object({
    username: z
      .string()
      .trim()
      .min(3)
      .max(64)
      .regex(/^[a-zA-Z0-9_.-]+$/, 'letters, digits, _ . - only'),
    displayName: z.string().trim().min(1).max(100),
    role: roleSchema,
    deputyId: uuid.nullable().optional(),
    unitId: uuid.nullable().optional(),
  })
  .strict();
export type AccountInput = z.infer<typeof accountInputSchema>;

export const accountSchema = z.object({
  id: uuid,
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  deputyId: uuid.nullable(),
  unitId: uuid.nullable(),
  mustChangePassword: z.boolean(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
});
export type Account = z.infer<typeof accountSchema>;

/** Returned once, when an admin creates an account or resets a password. */
export const initialPasswordSchema = z.object({ account: accountSchema, initialPassword: z.string() });
