// @ts-check
/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'Example Docs',
  url: 'https://docs.example.org',
  baseUrl: '/',
  presets: [['classic', { blog: { showReadingTime: true } }]],
};

module.exports = config;
