/*
 * Connection strings carry passwords (postgres://user:secret@host/db). Nothing the site prints or
 * answers may contain one: every message about the database passes through here first.
 */

const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]*):([^@\s/]*)@/gi;

/** The connection string with its password replaced by "***" (user, host and database stay readable). */
export function redactUrl(text: string): string {
  return text.replace(URL_CREDENTIALS, '$1:***@');
}

/** The password of a connection string, when it has one. */
export function passwordOf(connectionString: string | undefined): string | undefined {
  if (!connectionString) return undefined;
  try {
    const password = new URL(connectionString).password;
    return password ? decodeURIComponent(password) : undefined;
  } catch {
    return undefined;
  }
}

/** A message safe to log: URLs lose their credentials and the configured password never appears. */
export function safeMessage(error: unknown, connectionString?: string): string {
  let text = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
  text = redactUrl(text);
  const password = passwordOf(connectionString);
  if (password && password.length >= 3) text = text.split(password).join('***');
  return text;
}
