// Redocly's lint of the API document: its "recommended" rules, with every example checked against
// its schema. Errors fail (exit 1); warnings are printed.
//
//   node build/node/lint.js openapi.json

import { createConfig, lint } from "@redocly/openapi-core"

const RULES = {
  // An example that does not match its schema would teach a client the wrong shape.
  "no-invalid-media-type-examples": "error",
  "no-invalid-schema-examples": "error",
  "no-empty-servers": "error",
} as const

async function main(path: string): Promise<number> {
  const config = await createConfig({ extends: ["recommended"], rules: RULES })
  const problems = await lint({ ref: path, config })
  for (const problem of problems) {
    const where = problem.location[0]?.pointer ?? ""
    console.log(`${problem.severity} ${problem.ruleId} ${where}: ${problem.message}`)
  }
  const errors = problems.filter((problem) => problem.severity === "error").length
  console.log(`redocly lint: ${errors} errors, ${problems.length - errors} warnings`)
  return errors === 0 ? 0 : 1
}

main(process.argv[2] ?? "openapi.json").then(
  (status) => {
    process.exitCode = status
  },
  (error: unknown) => {
    console.error(error)
    process.exitCode = 2
  },
)
