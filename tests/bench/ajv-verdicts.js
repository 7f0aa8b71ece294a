// Writes tests/data/ajv-verdicts.json: ajv's verdict on every shared ODCS fixture against both bundled
// schemas. ajv 8 (draft 2019-09 build), allErrors, strict off, validateFormats off (format is an
// annotation in 2019-09, as in Tessera). YAML is read with js-yaml's core schema (YAML 1.2, as Tessera).
//
//   node tests/bench/ajv-verdicts.js SHARED_FIXTURES_DIR SCHEMA_DIR > tests/data/ajv-verdicts.json
// Needs ajv and js-yaml on NODE_PATH (tests/bench/run.sh installs them into its cache folder).
const Ajv2019 = require('ajv/dist/2019').default;
const yaml = require('js-yaml');
const fs = require('fs');
const path = require('path');

const [fixtures, schemaDir] = process.argv.slice(2);
const schemas = ['odcs-json-schema-v3.0.2.json', 'odcs-json-schema-v3.1.0.json'];
const folders = ['standards/odcs/examples', 'standards/odcs/datacontract-cli', 'standards/odcs/datacontract-editor',
                 'standards/odcs/v3.2.0-draft'];

function walk(dir) {
  let out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out = out.concat(walk(full));
    else if (/\.ya?ml$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}

const verdicts = [];
for (const schemaName of schemas) {
  const ajv = new Ajv2019({ allErrors: true, strict: false, validateFormats: false });
  const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(schemaDir, schemaName), 'utf8')));
  for (const folder of folders) {
    for (const file of walk(path.join(fixtures, folder))) {
      const doc = yaml.load(fs.readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA });
      verdicts.push({ schema: schemaName, file: path.relative(fixtures, file), valid: validate(doc) });
    }
  }
}
process.stdout.write(JSON.stringify(verdicts, null, 1) + '\n');
