// Build of the add-in (yo office layout): the task pane for Excel, the browser preview, and the ribbon's
// FunctionFile. `webpack --mode production` builds dist/; `webpack serve` serves it on port 3000.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** One HTML page per entry; only the task pane and commands pages load office.js (see their templates). */
function page(name) {
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template: `./src/app/${name}.html`,
    chunks: [name],
    scriptLoading: 'defer',
  });
}

/**
 * HTTPS for sideloading into Excel, which refuses plain http. Certificates come from office-addin-dev-certs
 * (`npx office-addin-dev-certs install` puts them in ~/.office-addin-dev-certs); the preview uses plain http.
 */
function devServerType() {
  if (process.env.LANSNYCKEL_PREVIEW === '1') return 'http';
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(dir, f)]));
  if (!Object.values(paths).every((p) => fs.existsSync(p))) return 'http';
  return {
    type: 'https',
    options: Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, fs.readFileSync(p)])),
  };
}

module.exports = (env, argv) => {
  const production = argv.mode === 'production';
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/app/taskpane.tsx',
      preview: './src/app/preview.tsx',
      commands: './src/app/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
        {
          test: /\.(png|jpe?g|gif|svg|ico)$/,
          type: 'asset/resource',
          generator: { filename: 'assets/[name][ext]' },
        },
      ],
    },
    optimization: { splitChunks: { chunks: 'all' } },
    performance: { hints: false },
    plugins: [
      page('taskpane'),
      page('preview'),
      page('commands'),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', noErrorOnMissing: true },
          { from: 'manifest*.xml', to: '[name][ext]', noErrorOnMissing: true },
        ],
      }),
    ],
    devServer: {
      port: PORT,
      host: 'localhost',
      server: devServerType(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
      static: false,
    },
  };
};
