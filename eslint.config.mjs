import { FlatCompat } from "@eslint/eslintrc";

const compat = new FlatCompat({ baseDirectory: import.meta.dirname });

const config = [
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "cdk.out/**",
      ".amplify/**",
      "amplify/cdk.out/**",
      "next-env.d.ts",
    ],
  },
  ...compat.extends("next/core-web-vitals", "next/typescript"),
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // UI gets data and actions as props from pages: no values from the server or route layers.
    files: ["src/components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/server/*", "@/app/*", "**/server/**", "**/app/**"],
              allowTypeImports: true,
              message:
                "Components get data and server actions as props from a page; shared types live in src/types.",
            },
          ],
        },
      ],
    },
  },
  {
    // The domain is pure: no I/O, no framework, nothing from the layers above it.
    files: ["src/domain/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "@/server/*",
                "@/app/*",
                "@/components/*",
                "next",
                "next/*",
                "react",
                "typeorm",
                "pg",
              ],
              message: "src/domain holds pure logic: keep I/O and UI out of it.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];

export default config;
