// Prints the wire shape (PascalCase field names and types) of an official SDK model, recursively:
//   node tools/sdk-shape.mjs vpc20160428 DescribeVSwitchesResponseBody
// Response models are what a server must emit; request models list the accepted parameters.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const [pkg, model] = process.argv.slice(2);
const sdk = require(`@alicloud/${pkg}`);

function shape(Model, indent = '') {
  const names = Model.names();
  const types = Model.types();
  for (const [prop, wire] of Object.entries(names)) {
    const type = types[prop];
    if (typeof type === 'string') {
      console.log(`${indent}${wire}: ${type}`);
    } else if (type?.type === 'array') {
      const item = type.itemType;
      console.log(`${indent}${wire}: [${typeof item === 'string' ? item : ''}]`);
      if (typeof item === 'function') shape(item, indent + '    ');
    } else if (type?.type === 'map') {
      console.log(`${indent}${wire}: map`);
    } else if (typeof type === 'function') {
      console.log(`${indent}${wire}: {`);
      shape(type, indent + '    ');
      console.log(`${indent}}`);
    }
  }
}
shape(sdk[model]);
