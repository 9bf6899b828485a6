// How an author is named under a title, on cards, pages, the snippet and the feed alike.

/** Credentials as one string: "MA, MHCI". */
export const joinCredentials = (credentials: readonly string[]) => credentials.join(', ');

/** "Hailey Oliver, MA, MHCI"; just the name when there are no credentials. */
export const byline = (name: string, creds?: string) => (creds ? `${name}, ${creds}` : name);
