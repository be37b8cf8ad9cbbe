import { chromium } from '@playwright/test';

export interface PageWeight {
  /** Encoded (on-the-wire) bytes until the load event. */
  bytesAtLoad: number;
  requestsAtLoad: number;
  /** Everything, including what was fetched after load (prefetches) until the network was quiet. */
  totalBytes: number;
  requests: number;
  urls: string[];
}

/**
 * Loads a page in Chromium with an empty cache, scrolls to the end (so every link that enters the
 * viewport may prefetch) and counts the bytes of every response until the network is quiet for 2 s.
 */
export async function measurePageWeight(url: string, executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'): Promise<PageWeight> {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const urls = new Map<string, string>();
    let bytes = 0;
    let lastActivity = Date.now();
    cdp.on('Network.requestWillBeSent', (e) => {
      urls.set(e.requestId, e.request.url);
      lastActivity = Date.now();
    });
    cdp.on('Network.loadingFinished', (e) => {
      bytes += e.encodedDataLength;
      lastActivity = Date.now();
    });
    cdp.on('Network.loadingFailed', () => {
      lastActivity = Date.now();
    });
    await page.goto(url, { waitUntil: 'load' });
    const bytesAtLoad = bytes;
    const requestsAtLoad = urls.size;
    // Scroll in viewport steps; the IntersectionObserver behind <Link> prefetch fires as links appear.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 600) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(150);
    }
    const deadline = Date.now() + 20_000;
    while (Date.now() - lastActivity < 2000 && Date.now() < deadline) await page.waitForTimeout(200);
    return { bytesAtLoad, requestsAtLoad, totalBytes: bytes, requests: urls.size, urls: [...urls.values()] };
  } finally {
    await browser.close();
  }
}
