import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
// Self-hosted Be Vietnam Pro: each weight file declares the latin, latin-ext
// and vietnamese subsets by unicode-range, so a browser fetches only what a
// page uses. Nothing is loaded from a font CDN (offline build, strict proxies).
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/400-italic.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './globals.css';
import { SkipLink } from '@/components/layout/skip-link';
import { PORTAL_NAME } from '@/lib/site/names';

export const metadata: Metadata = {
  title: { default: PORTAL_NAME, template: `%s | ${PORTAL_NAME}` },
  description:
    'Thông tin chính thống về chính sách, kế hoạch truyền thông và hoạt động của Bộ Kế hoạch và Đầu tư.',
  applicationName: PORTAL_NAME,
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#7f1d1d',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        {children}
      </body>
    </html>
  );
}
