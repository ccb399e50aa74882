/** Shared by the password schemas and the forms' hints. */
export const MIN_PASSWORD_LENGTH_VALUE = 10;
