/**
 * The daily salt is asked for on every read beacon and every request; it changes once a day. Keep
 * the current day's value in memory so only the first call of a day per process reaches the
 * database. A failed lookup is not remembered (the next call tries again).
 */
export function memoSalt(load: (day: string) => string | Promise<string>): (day: string) => Promise<string> {
  let current: { day: string; salt: Promise<string> } | undefined;
  return (day) => {
    if (current?.day === day) return current.salt;
    const salt = Promise.resolve().then(() => load(day));
    const entry = { day, salt };
    current = entry;
    salt.catch(() => {
      if (current === entry) current = undefined;
    });
    return salt;
  };
}
