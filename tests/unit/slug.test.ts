import { describe, expect, it } from "vitest";
import { slugify } from "../../src/modules/organizers/slug";

describe("slugify", () => {
  it("turns Kazakh, Russian and English names into readable slugs", () => {
    expect(slugify("Ақтөбе, тыныс ал!")).toBe("aqtobe-tynys-al");
    expect(slugify("Волонтёры дикой природы")).toBe("volontery-dikoi-prirody");
    expect(slugify("Dos Community")).toBe("dos-community");
    expect(slugify("!!!")).toBe("organizer");
  });
});
