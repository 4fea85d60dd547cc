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
