export { EXIT } from './errors.js';
export { flagName, optionKey, parameterOption, parseParameterValue, queryFromOptions } from './flags.js';
export { run } from './main.js';
export { FORMATS, type Format } from './output/formats.js';
