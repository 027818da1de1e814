export const metadata = { title: "Floor" };

export default function RootLayout({ children }) {
  return (
    <html lang="ru">
      <body>
        <header>
          <a href="/">Asar</a>
          <nav>
            <a href="/projects">Проекты</a> <a href="/statistics">Статистика</a>
          </nav>
        </header>
        <main>{children}</main>
        <footer>Floor</footer>
      </body>
    </html>
  );
}
