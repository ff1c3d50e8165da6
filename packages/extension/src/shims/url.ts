// Node's `url` for the web bundle: @oozcitak/url (under xmlbuilder2) imports the two host-name conversions of Node's
// module when it loads. The browser's URL parser does IDNA to ASCII; back to Unicode it has no API for, and writing
// XML never serialises a host, so the name stays as it is.
export function domainToASCII(domain: string): string {
    try {
        return new URL(`http://${domain}`).hostname;
    } catch {
        return ''; // Node's answer for a name that is not a valid domain
    }
}

export function domainToUnicode(domain: string): string {
    return domain;
}
