// Build of the add-in (yo office layout): the task pane for Excel, the browser preview, and the ribbon's
// FunctionFile. `webpack --mode production` builds dist/; `webpack serve` serves it on port 3000.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
require('tsx/cjs/api').register();
const { localizeMetadata } = require('./src/functions/localizedNames.ts');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { EsbuildPlugin } = require('esbuild-loader');
const { addinBaseUrl, manifestVersion, retargetManifest } = require('./scripts/manifest/retargetManifest.ts');

const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
/** Where `npm run test:excel` collects the contract report (scripts/test-excel.ts). */
const COLLECTOR_PORT = Number(process.env.LANSNYCKEL_COLLECTOR_PORT || 4201);

/**
 * What the emitted scripts may use: ES2020 and what Safari 14.1 parses (older Mac webviews; no class `static {}`
 * blocks, class fields or `??=`, which Safari < 16.4 or ES2020 lack). esbuild lowers every chunk, node_modules
 * included, before the minifier; tests/build/syntaxTarget.test.ts parses the result at ecmaVersion 2020.
 */
const SCRIPT_TARGET = ['es2020', 'safari14.1'];

/**
 * The production address: `--env url=https://…/` or ADDIN_URL. With it, dist/manifest.xml points every URL there
 * and carries package.json's version; without it the manifest keeps https://localhost:3000 (development).
 */
function productionManifest(env) {
  const raw = env.url || process.env.ADDIN_URL;
  if (!raw) return undefined;
  const base = addinBaseUrl(raw);
  const version = manifestVersion(require('./package.json').version);
  return (content) => retargetManifest(content.toString(), base, version);
}

/** One HTML page per entry; only the task pane loads office.js (see the templates). */
function page(name, chunks = [name]) {
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template: `./src/app/${name}.html`,
    chunks,
    scriptLoading: 'defer',
  });
}

/** Excel reads the functions' metadata per locale (manifest: functions.json, en-US: functions.en.json). */
const englishFunctionsMetadata = {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('FunctionsMetadataEn', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'FunctionsMetadataEn', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const sv = compilation.getAsset('functions.json');
          if (!sv) return;
          const en = localizeMetadata(JSON.parse(sv.source.source().toString()), 'en');
          compilation.emitAsset('functions.en.json', new webpack.sources.RawSource(JSON.stringify(en, null, 2)));
        },
      );
    });
  },
};

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
  const manifestTransform = productionManifest(env);
  return {
    mode: production ? 'production' : 'development',
    target: ['web', 'es2020'],
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/app/taskpane.tsx',
      preview: './src/app/preview.tsx',
      // The presentation window (Office dialog / preview window), issue 15.
      presentation: './src/app/presentation.tsx',
      // Shared runtime: the task pane page also runs the custom functions; the manifest names functions.js.
      functions: './src/app/functions.ts',
      // `npm run test:excel`: the contract suite inside Excel (development builds only, never in a release).
      ...(production ? {} : { contract: './src/app/contract.tsx' }),
    },
    output: {
      // --env outDir=… builds elsewhere (the release test builds a production copy without touching dist/).
      path: path.resolve(__dirname, env.outDir || 'dist'),
      // functions.js keeps a fixed name: the manifest points at it.
      filename: (data) => (production && data.chunk.name !== 'functions' ? '[name].[contenthash:8].js' : '[name].js'),
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
    // functions.js must stand alone (Excel loads it by the manifest's URL); the pages share the rest.
    optimization: {
      splitChunks: { chunks: (chunk) => chunk.name !== 'functions' },
      // esbuild only lowers the syntax of each finished chunk; webpack's own minimizer ('...') then compresses it.
      minimizer: [new EsbuildPlugin({ target: SCRIPT_TARGET, minify: false, legalComments: 'inline' }), '...'],
    },
    performance: { hints: false },
    plugins: [
      page('taskpane', ['taskpane', 'functions']),
      page('preview'),
      page('presentation'),
      page('help', []),
      ...(production ? [] : [page('contract', ['contract', 'functions'])]),
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      englishFunctionsMetadata,
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', noErrorOnMissing: true },
          {
            from: 'manifest*.xml',
            to: '[name][ext]',
            noErrorOnMissing: true,
            ...(manifestTransform && { transform: manifestTransform }),
          },
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
      // The contract page posts its report here; scripts/test-excel.ts listens (same origin for the page: no CORS,
      // no CSP change, no second certificate).
      proxy: [{ context: ['/contract-results'], target: `http://127.0.0.1:${COLLECTOR_PORT}` }],
    },
  };
};
