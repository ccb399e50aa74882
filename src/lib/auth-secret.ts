const DEVELOPMENT_SECRET = "giaoban-development-secret-not-for-production-use";

/** The key that signs session cookies; production refuses to start without its own. */
export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (secret) return secret;
  if (process.env.NODE_ENV === "production") throw new Error("NEXTAUTH_SECRET is required in production");
  return DEVELOPMENT_SECRET;
}
