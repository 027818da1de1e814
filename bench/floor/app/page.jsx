import { connection } from "next/server";

// Dynamic on every request (as Asar's search page is), twenty result cards, no data source.
export default async function Page({ searchParams }) {
  await connection();
  const { q = "экология" } = await searchParams;
  const now = new Date();
  const cards = Array.from({ length: 20 }, (_, i) => ({
    id: `p${i}`,
    title: `Проект ${i + 1}: ${q}`,
    organizer: `Организатор ${i + 1}`,
    region: "Астана",
    startsAt: new Date(now.getTime() + i * 86_400_000),
    description: "Уборка парка, посадка деревьев и помощь приюту для животных вместе с соседями.",
    tags: ["Экология", "Животные", "ЦУР 13"],
  }));
  return (
    <section>
      <h1>Найдено: {cards.length}</h1>
      <ul>
        {cards.map((c) => (
          <li key={c.id}>
            <article>
              <h2>
                <a href={`/projects/${c.id}`}>{c.title}</a>
              </h2>
              <p>
                {c.organizer} · {c.region} · {c.startsAt.toLocaleDateString("ru-RU", { timeZone: "Asia/Almaty" })}
              </p>
              <p>{c.description}</p>
              <ul>
                {c.tags.map((t) => (
                  <li key={t}>{t}</li>
                ))}
              </ul>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
