import { getRequestConfig } from "next-intl/server";
import { negotiateLocale } from "@/domain/locales";
import { loadMessages } from "./messages";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = negotiateLocale(requested);
  return { locale, messages: await loadMessages(locale), timeZone: "Asia/Almaty" };
});
