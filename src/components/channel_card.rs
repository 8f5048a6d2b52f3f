//! One channel of 两微一端: kind and name, its account to search for, and the actions a
//! reader needs on the phone that shows it (打开, 复制链接, 放大二维码) before its QR code.

use changyue_core::text::{self, fill};
use changyue_core::Channel;
use leptos::prelude::*;

use crate::adapters::dom;
use crate::components::copy_button::CopyButton;
use crate::components::enlarged_qr::EnlargedQr;
use crate::components::qr_code_image::{qr_alt, qr_source, QrCodeImage};

#[component]
pub fn ChannelCard(channel: Channel) -> impl IntoView {
    let qr = qr_source(&channel);
    if channel.url.is_some() && qr.is_none() {
        dom::warn(&format!("channel {}: no QR code for its url", channel.id));
    }
    let alt = qr_alt(&channel);
    let account = channel.account.clone().map(|account| {
        let hint = channel
            .kind
            .search_hint()
            .map(|hint| view! { <span class="hint-inline">{format!("（{hint}）")}</span> });
        view! {
            <p class="channel-account">
                {text::ACCOUNT_LABEL}
                <strong>{account.clone()}</strong>
                {hint}
                <CopyButton
                    label=text::COPY_ACCOUNT
                    subject=channel.name.clone()
                    copied_message=fill(text::COPIED_ACCOUNT, &[("account", &account)])
                    value=account
                />
            </p>
        }
    });
    let actions = match (channel.url.clone(), qr) {
        (Some(url), Some(src)) => view! {
            <div class="channel-actions">
                <a class="control" href=url.as_str().to_owned()>
                    {text::CHANNEL_OPEN}
                    <span class="visually-hidden">{channel.name.clone()}</span>
                </a>
                <CopyButton
                    label=text::CHANNEL_COPY_LINK
                    subject=channel.name.clone()
                    copied_message=fill(text::COPIED_LINK, &[("name", &channel.name)])
                    value=url.as_str()
                />
                <EnlargedQr id=channel.id.clone() title=channel.name.clone() src alt=alt.clone()/>
            </div>
            <QrCodeImage src alt/>
        }
        .into_any(),
        _ => view! { <p class="hint">{text::CHANNEL_NO_LINK}</p> }.into_any(),
    };
    view! {
        <li class="channel">
            <h3>
                <span class="channel-kind">{channel.kind.label()}</span>
                {channel.name.clone()}
            </h3>
            {channel.description.clone().map(|d| view! { <p class="hint">{d}</p> })}
            {account}
            {actions}
        </li>
    }
}
