import { z } from 'zod';

/** The body of every error response: a stable code, a message in the user's language. */
export const errorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    requestId: z.string(),
  }),
});

export type ErrorResponse = z.infer<typeof errorResponse>;
