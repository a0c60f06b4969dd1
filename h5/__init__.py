"""The buyer's mobile pages of 扫码开票 (H5): the third transport beside the bot and the API."""
