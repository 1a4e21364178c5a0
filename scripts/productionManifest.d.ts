// Types of scripts/productionManifest.js (plain JavaScript so webpack.config.js can require it).
export function hostBase(host: unknown): URL;
export function productionManifest(xml: string, host: unknown, devOrigin?: string): string;
