import webpack from 'webpack';

export default {
  mode: 'production',
  entry: './src/main.js',
  devtool: 'source-map',
  plugins: [new webpack.DefinePlugin({ 'process.env.CAIBO_KEY': JSON.stringify(process.env.CAIBO_KEY) })],
};
