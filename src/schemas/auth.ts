import { z } from "zod";

/** bcrypt reads at most 72 bytes; a longer password would be silently truncated. */
const MAX_PASSWORD_BYTES = 72;

export const newPasswordSchema = z
  .string()
  .min(10, "Use at least 10 characters.")
  .refine(
    (value) => new TextEncoder().encode(value).length <= MAX_PASSWORD_BYTES,
    "Use at most 72 bytes (about 72 letters).",
  );

export const loginSchema = z.object({
  password: z.string().min(1, "Enter your password.").max(1000, "That password is too long."),
});

function confirmMatches(data: { password: string; confirm: string }) {
  return data.password === data.confirm;
}
const confirmMismatch = { message: "The two passwords differ.", path: ["confirm"] };

export const setupSchema = z
  .object({
    token: z.string().min(1, "The setup link is missing its token. Use the link printed at start."),
    password: newPasswordSchema,
    confirm: z.string(),
    timeZone: z.string().max(100).optional(),
  })
  .refine(confirmMatches, confirmMismatch);

export const changePasswordSchema = z
  .object({
    current: z.string().min(1, "Enter your current password."),
    password: newPasswordSchema,
    confirm: z.string(),
  })
  .refine(confirmMatches, confirmMismatch);

export type SetupInput = z.infer<typeof setupSchema>;
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
