import QRCode from 'qrcode';

/** An SVG QR code for an address, made at build time so the page needs no script or external service. */
export async function qrCodeSvg(address: string): Promise<string> {
  return QRCode.toString(address, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
}

/** A QR code as one SVG path of its dark modules, with a quiet zone of `margin` modules, for a slide to draw. */
export interface QrCodePath {
  /** Width and height in modules, the quiet zone included. */
  size: number;
  /** Path data: one rectangle per run of dark modules in a row. */
  path: string;
}

/** The QR code of an address as path data, made at build time like qrCodeSvg. */
export function qrCodePath(address: string, margin = 2): QrCodePath {
  const { modules } = QRCode.create(address, { errorCorrectionLevel: 'M' });
  const runs: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    let start = -1;
    for (let column = 0; column <= modules.size; column++) {
      const dark = column < modules.size && modules.get(row, column);
      if (dark && start < 0) start = column;
      if (!dark && start >= 0) {
        runs.push(`M${start + margin} ${row + margin}h${column - start}v1h-${column - start}z`);
        start = -1;
      }
    }
  }
  return { size: modules.size + 2 * margin, path: runs.join('') };
}
