// The username of an HTML export's personal_information.html, read for that field alone: the e-mail
// address, phone number and birth date sit in the same table and are never read. Instagram writes each
// field as its label followed by the value in nested <div>s:
//   <td class="_2pin _a6_q">Username<div><div>some.user</div></div></td>
const FILE = /(?:^|\/)personal_information\.html?$/i;
/** The label, then (past any tags) the first text: the value. */
const USERNAME = />\s*Username\s*(?:<[^>]*>\s*)+([^<]{1,80})</i;
const PLACEHOLDER = /^(n\/a|none|null|undefined)$/i;

/** Whether the entry is the HTML export's personal information page. */
export function isPersonalInfoHtml(name: string): boolean {
  return FILE.test(name);
}

/** The account's username from personal_information.html, or null when the page names none. */
export function usernameOfPersonalInfoHtml(html: string): string | null {
  const found = USERNAME.exec(html)?.[1]?.trim().replace(/^@/, '');
  if (!found || PLACEHOLDER.test(found) || !/^[A-Za-z0-9._]{1,30}$/.test(found)) return null;
  return found;
}
