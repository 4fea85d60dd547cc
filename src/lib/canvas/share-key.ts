/**
 * The fragment key of a shared canvas: /aan-de-slag/7xw/#canvas=… On its own so that the 7×W page can see
 * whether a link was opened without loading lz-string, which only decoding the link needs.
 */
export const shareKey = 'canvas';
