package org.froissart.document;

/**
 * Which outlet published the document and how that was found.
 *
 * @param outlet the registry entry, or null when the name is not in the registry
 * @param name   the name as found (the registry's canonical name when known)
 * @param method metadata, url, signature or social
 */
public record OutletAttribution(Outlet outlet, String name, String method) {
}
