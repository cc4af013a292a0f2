module.exports = {
  siteMetadata: {
    title: `Gatsby Starter Blog`,
    siteUrl: `https://gatsby.example.org/`,
  },
  plugins: [],
}
