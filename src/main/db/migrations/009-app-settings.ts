// App-wide settings (not tied to an account): for now the one time zone every hour and weekday in the
// product is read in. A missing row means "follow the system's zone". Keys are listed in the CHECK so a
// typo cannot create a setting nothing reads.
export const sql = /* sql */ `
CREATE TABLE app_settings (
  key    TEXT PRIMARY KEY CHECK (key IN ('timeZone')),
  value  TEXT NOT NULL CHECK (length(value) BETWEEN 1 AND 64)
) STRICT, WITHOUT ROWID;
`;
