import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // A separate build folder lets benchmarks and parallel test builds run beside the main one.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
};

export default nextConfig;
