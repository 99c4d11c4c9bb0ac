/**
 * Delivery tracking sent with `flow_action: "navigate"` and the status as the first screen's
 * data (Flow JSON 7.1): an ImageCarousel of the delivery photos, a map image, Markdown status
 * lines, and a question about the delivery.
 */
import {
  CompleteAction,
  FlowJSON,
  Footer,
  Image,
  ImageCarousel,
  Layout,
  RadioButtonsGroup,
  Screen,
  ScreenData,
  TextBody,
  TextHeading,
} from "@tswa/flows/json";
import { BLUE_PIXEL, GREEN_PIXEL, ORANGE_PIXEL } from "./images.js";

const orderId = new ScreenData({ key: "order_id", example: "A-7781" });
const statusLines = new ScreenData({
  key: "status_lines",
  example: ["**Delivered** at 10:42", "Left at the front door"],
});
const received = new RadioButtonsGroup({
  name: "received",
  label: "Did everything arrive?",
  required: true,
  dataSource: [
    { id: "yes", title: "Yes, all good" },
    { id: "missing", title: "Something is missing" },
    { id: "damaged", title: "Something is damaged" },
  ],
});

const status = new Screen({
  id: "STATUS",
  title: "Your delivery",
  terminal: true,
  data: [orderId, statusLines],
  layout: new Layout({
    children: [
      new TextHeading({ text: "Delivered" }),
      new TextBody({ text: statusLines.ref, markdown: true }),
      new ImageCarousel({
        aspectRatio: "16:9",
        scaleType: "cover",
        images: [
          { src: ORANGE_PIXEL, altText: "The parcel at the front door" },
          { src: BLUE_PIXEL, altText: "The parcel label" },
        ],
      }),
      new Image({ src: GREEN_PIXEL, height: 160, aspectRatio: 2, altText: "Map of the route" }),
      received,
      new Footer({
        label: "Send",
        onClickAction: new CompleteAction({
          payload: { order_id: orderId.ref, received: received.ref },
        }),
      }),
    ],
  }),
});

/** The delivery-tracking flow. */
export const deliveryTrackingFlow = new FlowJSON({ version: "7.1", screens: [status] });
