/** The Chromium the end-to-end tests use (Debian's package); CHROMIUM_PATH overrides it. */
const executablePath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Renders a print page to an A4 PDF with page numbers ("第 n 页 共 m 页"). */
export async function renderPdf(html: string): Promise<Buffer> {
  // Imported here, not at the top: loaded, playwright-core holds about 35 MB in every API process that never prints.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: executablePath(), args: ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="width:100%;text-align:center;font-size:9pt;font-family:\'Noto Sans CJK SC\',sans-serif;">第 <span class="pageNumber"></span> 页 共 <span class="totalPages"></span> 页</div>',
    });
    return Buffer.from(pdf);
  } finally {
    await browser.close();
  }
}
