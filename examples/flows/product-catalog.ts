/**
 * A product catalogue (Flow JSON 6.2): a NavigationList alone on its screen, each item leading to
 * the product screen with its own payload.
 */
import {
  CompleteAction,
  Dropdown,
  FlowJSON,
  Footer,
  Image,
  Layout,
  NavigateAction,
  NavigationList,
  Screen,
  ScreenData,
  TextBody,
  TextHeading,
} from "@tswa/flows/json";
import { BLUE_PIXEL, GREEN_PIXEL, ORANGE_PIXEL } from "./images.js";

const productId = new ScreenData({ key: "product_id", example: "linen-shirt" });
const productName = new ScreenData({ key: "name", example: "Linen shirt" });
const productPrice = new ScreenData({ key: "price", example: "$49" });
const productImage = new ScreenData({ key: "image", example: ORANGE_PIXEL });
const size = new Dropdown({
  name: "size",
  label: "Size",
  required: true,
  dataSource: [
    { id: "s", title: "S" },
    { id: "m", title: "M" },
    { id: "l", title: "L" },
  ],
});
const product = new Screen({
  id: "PRODUCT",
  title: "Product",
  terminal: true,
  data: [productId, productName, productPrice, productImage],
  layout: new Layout({
    children: [
      new Image({ src: productImage.ref, height: 200, scaleType: "cover", altText: "The product" }),
      new TextHeading({ text: productName.ref }),
      new TextBody({ text: productPrice.ref }),
      size,
      new Footer({
        label: "Add to cart",
        onClickAction: new CompleteAction({
          payload: { product_id: productId.ref, size: size.ref },
        }),
      }),
    ],
  }),
});

const open = (id: string, name: string, price: string, image: string) =>
  new NavigateAction({
    next: product,
    payload: { product_id: id, name, price, image },
  });

const catalog = new Screen({
  id: "CATALOG",
  title: "Summer collection",
  layout: new Layout({
    children: [
      new NavigationList({
        name: "products",
        label: "New this week",
        description: "Free delivery over $60",
        listItems: [
          {
            id: "linen-shirt",
            mainContent: { title: "Linen shirt", metadata: "Breathable, relaxed fit" },
            start: { image: ORANGE_PIXEL, altText: "An orange shirt" },
            end: { title: "$49" },
            badge: "New",
            tags: ["Linen", "Unisex"],
            onClickAction: open("linen-shirt", "Linen shirt", "$49", ORANGE_PIXEL),
          },
          {
            id: "chinos",
            mainContent: { title: "Chinos", description: "Slim fit" },
            start: { image: BLUE_PIXEL, altText: "Blue chinos" },
            end: { title: "$59" },
            onClickAction: open("chinos", "Chinos", "$59", BLUE_PIXEL),
          },
          {
            id: "sneakers",
            mainContent: { title: "Canvas sneakers" },
            start: { image: GREEN_PIXEL, altText: "Green sneakers" },
            end: { title: "$69", description: "2 colours" },
            tags: ["Vegan"],
            onClickAction: open("sneakers", "Canvas sneakers", "$69", GREEN_PIXEL),
          },
        ],
      }),
    ],
  }),
});

/** The product-catalogue flow. */
export const productCatalogFlow = new FlowJSON({ version: "6.2", screens: [catalog, product] });
