import { autolink } from "../autolink";

/**
 * A message's text: always text, never HTML. Addresses become links that open without handing
 * over the page (noopener) and carry no endorsement (nofollow ugc).
 */
export function MessageText({ body }: { body: string }) {
  return (
    <p className="whitespace-pre-line [overflow-wrap:anywhere]">
      {autolink(body).map((part, i) =>
        "href" in part ? (
          <a key={i} href={part.href} rel="noopener nofollow ugc" target="_blank" className="text-brand-700 underline">
            {part.text}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
