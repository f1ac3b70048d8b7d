/** The program's version, as package.json states it. */
import fs from 'node:fs';
import {packageRoot} from './paths.js';

/** The version of Cotejo that is running. */
export const VERSION: string = (JSON.parse(fs.readFileSync(`${packageRoot()}package.json`, 'utf8')) as {version: string}).version;
