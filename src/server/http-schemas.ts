/** The body of every error response (defined in the kernel, which the web app shares). */
export { errorResponse } from '../kernel/error-body.ts';
