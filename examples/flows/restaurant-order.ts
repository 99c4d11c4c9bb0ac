/**
 * A restaurant order without an endpoint (Flow JSON 7.1): `update_data` changes the screen as the
 * user picks (the price per size, an allergy note when allergies are chosen in a ChipsSelector).
 */
import {
  ChipsSelector,
  CompleteAction,
  expr,
  FlowJSON,
  Footer,
  Layout,
  RadioButtonsGroup,
  Screen,
  ScreenData,
  TextBody,
  TextCaption,
  TextHeading,
  UpdateDataAction,
} from "@tswa/flows/json";

const price = new ScreenData({ key: "price", example: "$11" });
const allergyNote = new ScreenData({ key: "show_allergy_note", example: false });

const size = new RadioButtonsGroup({
  name: "size",
  label: "Size",
  required: true,
  dataSource: [
    {
      id: "small",
      title: "Small (26 cm)",
      onSelectAction: new UpdateDataAction({ payload: { ...price.update("$9") } }),
    },
    {
      id: "medium",
      title: "Medium (30 cm)",
      onSelectAction: new UpdateDataAction({ payload: { ...price.update("$11") } }),
    },
    {
      id: "large",
      title: "Large (36 cm)",
      onSelectAction: new UpdateDataAction({ payload: { ...price.update("$14") } }),
    },
  ],
});
const allergies = new ChipsSelector({
  name: "allergies",
  label: "Allergies",
  description: "We cook every order to match",
  dataSource: [
    { id: "gluten", title: "Gluten" },
    { id: "nuts", title: "Nuts" },
    { id: "dairy", title: "Dairy" },
  ],
  onSelectAction: new UpdateDataAction({ payload: { ...allergyNote.update(true) } }),
  onUnselectAction: new UpdateDataAction({ payload: { ...allergyNote.update(false) } }),
});

const order = new Screen({
  id: "ORDER",
  title: "Margherita",
  terminal: true,
  data: [price, allergyNote],
  layout: new Layout({
    children: [
      new TextHeading({ text: "Build your pizza" }),
      size,
      allergies,
      new TextCaption({
        text: "The kitchen will call you to confirm the allergies.",
        visible: allergyNote.ref,
      }),
      new TextBody({ text: expr`Price: ${price.ref}` }),
      new Footer({
        label: "Order",
        onClickAction: new CompleteAction({
          payload: { size: size.ref, allergies: allergies.ref, price: price.ref },
        }),
      }),
    ],
  }),
});

/** The restaurant-order flow. */
export const restaurantOrderFlow = new FlowJSON({ version: "7.1", screens: [order] });
