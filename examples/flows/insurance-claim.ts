/**
 * An insurance claim (Flow JSON 7.0, endpoint): what happened and when, then photos of the
 * damage with a PhotoPicker; the endpoint files the claim and answers with its number.
 */
import {
  CompleteAction,
  DataExchangeAction,
  DatePicker,
  FlowJSON,
  Footer,
  Layout,
  NavigateAction,
  PhotoPicker,
  PhotoSource,
  Screen,
  ScreenData,
  TextArea,
  TextBody,
  TextHeading,
} from "@tswa/flows/json";

const claimNumber = new ScreenData({ key: "claim_number", example: "CLM-2026-0042" });
const filed = new Screen({
  id: "FILED",
  title: "Claim filed",
  terminal: true,
  data: [claimNumber],
  layout: new Layout({
    children: [
      new TextHeading({ text: "Your claim is filed" }),
      new TextBody({ text: claimNumber.ref }),
      new Footer({
        label: "Done",
        onClickAction: new CompleteAction({ payload: { claim_number: claimNumber.ref } }),
      }),
    ],
  }),
});

const incidentDate = new ScreenData({ key: "incident_date", example: "2026-02-14" });
const story = new ScreenData({ key: "story", example: "A branch fell on the car roof." });
const photos = new PhotoPicker({
  name: "photos",
  label: "Photos of the damage",
  description: "Take them in daylight, from several sides",
  photoSource: PhotoSource.CAMERA_GALLERY,
  minUploadedPhotos: 1,
  maxUploadedPhotos: 5,
  maxFileSizeKb: 8192,
});
const evidence = new Screen({
  id: "PHOTOS",
  title: "Photos",
  data: [incidentDate, story],
  layout: new Layout({
    children: [
      photos,
      new Footer({
        label: "File the claim",
        onClickAction: new DataExchangeAction({
          payload: { photos: photos.ref, incident_date: incidentDate.ref, story: story.ref },
        }),
      }),
    ],
  }),
});

const date = new DatePicker({
  name: "date",
  label: "When did it happen?",
  maxDate: "2026-12-31",
  required: true,
});
const what = new TextArea({
  name: "what",
  label: "What happened?",
  labelVariant: "large",
  required: true,
  maxLength: 600,
});
const incident = new Screen({
  id: "INCIDENT",
  title: "The incident",
  layout: new Layout({
    children: [
      date,
      what,
      new Footer({
        label: "Next",
        onClickAction: new NavigateAction({
          next: evidence,
          payload: { incident_date: date.ref, story: what.ref },
        }),
      }),
    ],
  }),
});

/** The insurance-claim flow. */
export const insuranceClaimFlow = new FlowJSON({
  version: "7.0",
  dataApiVersion: "3.0",
  routingModel: { INCIDENT: ["PHOTOS"], PHOTOS: ["FILED"], FILED: [] },
  screens: [incident, evidence, filed],
});
