// lz-string is CommonJS: a default import works both in the SSR build and in the browser bundle.
import lzString from 'lz-string';
import { isRecord } from '../common/guards';
import { parseJson } from '../common/json';
import type { CanvasContent } from './canvas';
import { isCanvasContent } from './canvas';
import { shareKey } from './share-key';

/** The version of what a share link carries. */
export const shareVersion = 1;

/** What a share link turned out to hold. */
export type ShareLinkContent =
  | { status: 'none' }
  | { status: 'ok'; canvas: CanvasContent }
  | { status: 'damaged'; reason: string };

/**
 * The URL fragment for a canvas. The fragment never reaches a server, so the canvas stays between the
 * people who pass the link on; lz-string keeps it short enough to paste.
 */
export function encodeShareFragment(canvas: CanvasContent): string {
  const payload = { v: shareVersion, canvas };
  return `${shareKey}=${lzString.compressToEncodedURIComponent(JSON.stringify(payload))}`;
}

/** Reads a URL fragment ("#canvas=…" or without "#"); a damaged link gets a reason instead of an empty canvas. */
export function decodeShareFragment(hash: string): ShareLinkContent {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${shareKey}=`;
  if (!fragment.startsWith(prefix)) return { status: 'none' };
  const damaged = (reason: string): ShareLinkContent => ({ status: 'damaged', reason });
  let text: string | null = null;
  try {
    text = lzString.decompressFromEncodedURIComponent(fragment.slice(prefix.length));
  } catch {
    text = null;
  }
  if (!text) return damaged('De deellink is beschadigd: hij is niet volledig gekopieerd of is aangepast.');
  const payload = parseJson(text);
  if (payload === undefined) {
    return damaged('De deellink is beschadigd: hij is niet volledig gekopieerd of is aangepast.');
  }
  if (isRecord(payload) && typeof payload.v === 'number' && payload.v > shareVersion) {
    return damaged(
      'Deze deellink komt van een nieuwere versie van Pettenwijzer. Werk deze site bij en probeer het opnieuw.',
    );
  }
  if (!isRecord(payload) || payload.v !== shareVersion || !isCanvasContent(payload.canvas)) {
    return damaged('De deellink is beschadigd: het canvas erin heeft niet de juiste vorm.');
  }
  return { status: 'ok', canvas: payload.canvas };
}
