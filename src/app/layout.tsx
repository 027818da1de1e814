// The document itself (<html lang>) is drawn by src/app/[locale]/layout.tsx, which knows the
// locale. This layout exists so that src/app/not-found.tsx, which answers paths outside any
// locale, has a root to render in; it adds nothing.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
